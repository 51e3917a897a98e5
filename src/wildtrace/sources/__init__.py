"""Sources: plugins that say where to look and how to read what comes back."""
