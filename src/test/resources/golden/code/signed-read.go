package main

import (
	"fmt"
	"io"
	"net/http"
	"os"
)

func main() {
	// OAuth 1.0a: sign a fresh header for each request (xinspect sign, xurl or an OAuth library)
	req, err := http.NewRequest("GET", "https://api.x.com/2/users/by/username/XDevelopers?user.fields=created_at,description", nil)
	if err != nil {
		panic(err)
	}
	req.Header.Set("Authorization", os.Getenv("OAUTH1_AUTHORIZATION"))
	req.Header.Add("Accept", "application/json")
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
