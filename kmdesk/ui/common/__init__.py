"""What every part of the window shares: settings, words, errors, background tasks, file dialogs."""
