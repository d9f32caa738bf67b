-- The deterministic offline provider (no API key): its embeddings cost nothing, and the model_usage
-- rows it produces name it, so offline results are never mistaken for model output.
INSERT INTO model_providers (name, base_url, pricing_json) VALUES
    ('Offline', NULL, '{"offline-hash-256": {"input": 0, "output": 0}}')
ON CONFLICT (name) DO NOTHING;
