"""`python -m factbot.bot` runs the factbot command line."""

from factbot.bot.cli import main

main()
