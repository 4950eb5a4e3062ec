package querystring

// DecodeUTF8 exposes decodeUTF8 to the external tests.
var DecodeUTF8 = decodeUTF8
