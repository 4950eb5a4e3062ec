// Package eventloop is gorun's event loop; see loop.go.
package eventloop
