class ValidationError extends Error {
  constructor(m) { super(m); this.name = 'ValidationError'; this.field = 'email'; }
}
throw new ValidationError('bad');
