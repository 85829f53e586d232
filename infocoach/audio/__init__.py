"""Listening during a call: capture from the microphone (optional extra) and the thread that feeds the talk detector."""
