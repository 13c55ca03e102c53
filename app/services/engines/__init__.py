"""Translation engines that talk to servers (LibreTranslate, OpenAI-compatible LLMs), Argos, and the factory."""
