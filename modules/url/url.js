// node:url — the legacy API above, and the WHATWG classes and helpers
// from internal/url.

module.exports = {
  Url,
  parse: urlParse,
  resolve: urlResolve,
  resolveObject: urlResolveObject,
  format: urlFormat,
  URL: internalURL.URL,
  URLSearchParams: internalURL.URLSearchParams,
  domainToASCII: internalURL.domainToASCII,
  domainToUnicode: internalURL.domainToUnicode,
  pathToFileURL: internalURL.pathToFileURL,
  fileURLToPath: internalURL.fileURLToPath,
  urlToHttpOptions: internalURL.urlToHttpOptions,
};
