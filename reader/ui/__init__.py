"""Qt widgets and models: thin, over the library facade."""
