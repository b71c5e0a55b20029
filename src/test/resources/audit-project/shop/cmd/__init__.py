import shop.monkey  # noqa: patches on import
