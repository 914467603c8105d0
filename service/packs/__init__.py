"""Rule packs: each platform's rules as a data file, loaded and validated at start-up."""

from service.packs.loader import PackError, load_pack
from service.packs.model import ContactReason, Edition, Marketplace, Pack

__all__ = ["ContactReason", "Edition", "Marketplace", "Pack", "PackError", "load_pack"]
