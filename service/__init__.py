"""presend: a pre-send check for messages from sellers to Amazon buyers.

The app factory is service.app.create_app(); this package imports nothing, so the engine and
the packs load without Flask.
"""
