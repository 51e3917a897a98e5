"""Intelligence: alerts, counts, exports and (later) cyber alert reports."""
