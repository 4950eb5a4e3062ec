package dns

// ReverseName exposes reverseName to the external tests.
var ReverseName = reverseName
