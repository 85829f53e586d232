"""Who is talking: the talk detector, per-channel voice activity, turn taking and WAV reading. No capture here."""
