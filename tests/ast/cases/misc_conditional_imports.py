try:
    import a
except ImportError:
    a = None
if TYPE_CHECKING:
    from b import c
