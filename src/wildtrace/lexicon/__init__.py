"""The multilingual trade lexicon: names, products, code words, intent, context, traps, emoji."""
