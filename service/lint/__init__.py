"""`presend lint`: message templates checked offline, as the buyer would read them."""
