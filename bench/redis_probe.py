"""Whether a Redis answers at a URL, for benchmarks that add a Redis row when one runs."""

from __future__ import annotations


def reachable_redis(url: str) -> bool:
    try:
        import redis

        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except Exception:
        return False
    return True
