// OAuth 1.0a: sign a fresh header for each request (xinspect sign, xurl or an OAuth library)
const response = await fetch("https://api.x.com/2/users/by/username/XDevelopers?user.fields=created_at,description", {
  method: "GET",
  headers: {
    "Authorization": process.env.OAUTH1_AUTHORIZATION,
    "Accept": "application/json",
  },
});
console.log(response.status);
console.log(await response.text());
