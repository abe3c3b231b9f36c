// Command referrers-registry serves go-containerregistry's in-memory registry
// with the OCI 1.1 referrers API switched on, on a loopback address. It exists
// only so that lading's tests can exercise the referrers API path against a
// real, independent implementation: distribution 2.8 and 3.x lack the API, and
// `crane registry serve` does not enable it.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"

	"github.com/google/go-containerregistry/pkg/registry"
)

func main() {
	addr := flag.String("address", "127.0.0.1:0", "loopback address to listen on")
	flag.Parse()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	// The harness reads the chosen port from this first line.
	fmt.Printf("listening on %s\n", ln.Addr().String())
	quiet := log.New(os.Stderr, "", 0)
	handler := registry.New(registry.WithReferrersSupport(true), registry.Logger(quiet))
	log.Fatal(http.Serve(ln, handler))
}
