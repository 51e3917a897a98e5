"""Evidence: content-addressed storage of what was captured (custody and export come later)."""
