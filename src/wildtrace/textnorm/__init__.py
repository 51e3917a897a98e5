"""Text normalisation that undoes common evasion while keeping offsets into the original."""
