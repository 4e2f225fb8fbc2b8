"""The live session: the guided run, its drafts, timers and clock."""
