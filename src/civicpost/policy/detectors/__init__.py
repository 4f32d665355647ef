"""Reusable detectors. Each finds one kind of thing and returns spans (original offsets), a score
and the evidence that raised it. Rules combine detectors with the council's registers."""
