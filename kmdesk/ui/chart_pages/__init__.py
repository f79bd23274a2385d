"""The Team and Progress pages: charts on screen, built in the background."""
