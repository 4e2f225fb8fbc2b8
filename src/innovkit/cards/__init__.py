"""Tool cards: the model, the card files, their cache, lookup and suggestions."""
