"""CITES knowledge base: taxa, their listings and every name they go by."""
