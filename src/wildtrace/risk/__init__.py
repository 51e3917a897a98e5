"""Risk: indicators found in a listing turned into an explainable 0–100 score."""
