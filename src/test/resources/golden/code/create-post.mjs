const response = await fetch("https://api.x.com/2/tweets", {
  method: "POST",
  headers: {
    "Authorization": "Bearer " + process.env.BEARER_TOKEN,
    "Content-Type": "application/json",
    "X-Client-Note": "it's \"quoted\"",
  },
  body: "{\n\t\"text\": \"say \\\"hi\\\" \\\\ to\\nall\\t🎉 \ufeff\\u0000 ${HOME} `x` $(id)\"\n}\n",
});
console.log(response.status);
console.log(await response.text());
