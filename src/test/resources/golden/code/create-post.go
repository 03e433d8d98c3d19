package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"
)

func main() {
	req, err := http.NewRequest("POST", "https://api.x.com/2/tweets", strings.NewReader("{\n\t\"text\": \"say \\\"hi\\\" \\\\ to\\nall\\t🎉 \ufeff\\u0000 ${HOME} `x` $(id)\"\n}\n"))
	if err != nil {
		panic(err)
	}
	req.Header.Set("Authorization", "Bearer "+os.Getenv("BEARER_TOKEN"))
	req.Header.Add("Content-Type", "application/json")
	req.Header.Add("X-Client-Note", "it's \"quoted\"")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		panic(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		panic(err)
	}
	fmt.Println(resp.StatusCode)
	fmt.Println(string(body))
}
