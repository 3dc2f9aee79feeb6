package p2p

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// MaxFrameSize is the default largest frame payload, in bytes, that a Host writes or accepts.
const MaxFrameSize = 1 << 20 // 1 MiB

// A frame is an unsigned varint length (as encoding/binary.PutUvarint writes it, at most
// binary.MaxVarintLen64 bytes) followed by that many payload bytes. go-msgio's varint reader has the same
// wire format and a read-side cap, but its writer has no cap and its reader hands out pooled buffers, so
// the few lines are kept here, where the fuzz target covers them.

// WriteFrame writes payload to w as one frame, in a single Write call. It fails with ErrFrameTooLarge,
// writing nothing, if payload is longer than maxSize.
func WriteFrame(w io.Writer, payload []byte, maxSize int) error {
	return writeFrame(w, maxSize, nil, payload)
}

// writeFrame writes one frame whose payload is head followed by body, in a single Write call.
func writeFrame(w io.Writer, maxSize int, head, body []byte) error {
	n := len(head) + len(body)
	if n > maxSize {
		return fmt.Errorf("%w: %d bytes, max %d", ErrFrameTooLarge, n, maxSize)
	}
	buf := make([]byte, 0, binary.MaxVarintLen64+n)
	buf = binary.AppendUvarint(buf, uint64(n))
	buf = append(append(buf, head...), body...)
	_, err := w.Write(buf)
	return err
}

// ReadFrame reads one frame from r and returns its payload. A declared length above maxSize fails with
// ErrFrameTooLarge before any payload byte is read or allocated. A stream that ends before the first byte
// returns io.EOF; one that ends inside a frame fails with ErrTruncatedFrame; a length prefix longer than
// binary.MaxVarintLen64 bytes fails with ErrBadLength. ReadFrame never reads past the frame.
func ReadFrame(r io.Reader, maxSize int) ([]byte, error) {
	n, err := readLength(r)
	if err != nil {
		return nil, err
	}
	if maxSize < 0 || n > uint64(maxSize) {
		return nil, fmt.Errorf("%w: declared %d bytes, max %d", ErrFrameTooLarge, n, maxSize)
	}
	payload := make([]byte, n)
	if _, err := io.ReadFull(r, payload); err != nil {
		return nil, readErr(err)
	}
	return payload, nil
}

// readLength reads a frame's varint length prefix one byte at a time, so no byte of the payload is
// consumed.
func readLength(r io.Reader) (uint64, error) {
	br := &byteReader{r: r}
	n, err := binary.ReadUvarint(br)
	switch {
	case err == nil:
		return n, nil
	case br.err == nil: // the reader was fine: the varint itself overflows 64 bits
		return 0, fmt.Errorf("%w: %w", ErrBadLength, err)
	case err == io.EOF:
		return 0, io.EOF // clean end of stream, between frames
	}
	return 0, readErr(err)
}

// readErr maps an end of stream inside a frame to ErrTruncatedFrame and passes other errors through.
func readErr(err error) error {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return fmt.Errorf("%w: %w", ErrTruncatedFrame, io.ErrUnexpectedEOF)
	}
	return err
}

// byteReader reads single bytes from an io.Reader without buffering ahead, and remembers the reader's
// error so that readLength can tell it from a malformed varint.
type byteReader struct {
	r   io.Reader
	err error
}

// ReadByte implements io.ByteReader.
func (b *byteReader) ReadByte() (byte, error) {
	var buf [1]byte
	_, b.err = io.ReadFull(b.r, buf[:])
	return buf[0], b.err
}
