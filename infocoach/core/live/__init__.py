"""The meeting being held: the meeting timer, the talk clock, the live session and its saved clocks."""
