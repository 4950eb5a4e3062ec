package fetch

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"

	"github.com/dop251/goja"

	"github.com/gorun-js/gorun/modules/buffer"
)

// parseMultipart splits a multipart/form-data body (Body.formData) into
// [name, value] entries for JS: value is a string for a plain field or
// {filename, type, data: ArrayBuffer} for a file. A malformed body
// throws; JS turns that into undici's TypeError.
func parseMultipart(vm *goja.Runtime, data goja.Value, boundary string) goja.Value {
	src := buffer.BytesOf(vm, data)
	r := multipart.NewReader(bytes.NewReader(src), boundary)
	var entries []any
	for {
		part, err := r.NextRawPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			panic(vm.NewTypeError("Failed to parse body as FormData."))
		}
		content, err := io.ReadAll(part)
		if err != nil {
			panic(vm.NewTypeError("Failed to parse body as FormData."))
		}
		// The parameters as sent: Part.FileName would strip directories.
		_, params, _ := mime.ParseMediaType(part.Header.Get("Content-Disposition"))
		name := params["name"]
		if fn, ok := params["filename"]; ok {
			file := vm.NewObject()
			_ = file.Set("filename", fn)
			// undici types a file part without Content-Type text/plain.
			ct := part.Header.Get("Content-Type")
			if ct == "" {
				ct = "text/plain"
			}
			_ = file.Set("type", ct)
			_ = file.Set("data", vm.NewArrayBuffer(content))
			entries = append(entries, vm.NewArray(name, file))
			continue
		}
		entries = append(entries, vm.NewArray(name, string(content)))
	}
	return vm.NewArray(entries...)
}
