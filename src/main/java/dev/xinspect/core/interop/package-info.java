/**
 * Collections written for other tools and back: Postman Collection v2.1 read into a workspace collection and written
 * from one, and an OpenAPI document turned into a collection (a folder per tag, a request per operation). Secrets
 * never travel: auth becomes a credential profile by mode, and a literal key or token is left out and named in the
 * import's notes. No JavaFX, no files: the caller reads and writes.
 */
package dev.xinspect.core.interop;
