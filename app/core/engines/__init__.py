"""Translation engines: the interface every engine implements, and the pure parts of the server engines."""
