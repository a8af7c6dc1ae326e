"""The domain: reports, articles, segments, languages. Imports no Qt."""
