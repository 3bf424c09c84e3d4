"""Document structure: metadata, hashtags, sentences, interview turns, speakers, duplicates.

Everything here is rule-based and loads no model, so these stages cost milliseconds. Stages are
registered in :mod:`rhetoscope.structure.stages`.
"""
