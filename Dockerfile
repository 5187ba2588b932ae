# Aisle in a container. The steps are the README's own set-up (`make setup`, then the `aisle`
# commands), so the image is built the way a clone is set up. Not built in CI: no docker there.
#   docker build -t aisle .
#   docker run -p 8000:8000 -e AISLE_API_KEYS='["a-storefront-key-of-16+"]' aisle
# For the scaled setup (Qdrant, Postgres, Redis) see compose.yaml.
FROM python:3.11-slim-bookworm

RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends make tesseract-ocr \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY . .
# README "Two commands": `make setup` creates .venv and installs Aisle (CPU torch).
RUN make setup

ENV AISLE_DATA_DIR=/data HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1
VOLUME /data
EXPOSE 8000
# README "Use it": `aisle serve` (REST API, widget, /mcp). Import a catalog into /data first, e.g.
#   docker run -v aisle-data:/data aisle .venv/bin/aisle ingest fixtures/sample/catalog.jsonl
CMD [".venv/bin/aisle", "serve", "--host", "0.0.0.0", "--port", "8000"]
