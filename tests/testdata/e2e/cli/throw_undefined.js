// Throwing undefined.
throw undefined;
