"""The HTTP layer: blueprints, wire schemas and problem documents. It only translates."""
