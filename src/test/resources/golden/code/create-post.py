import os

import requests

response = requests.request(
    "POST",
    "https://api.x.com/2/tweets",
    headers={
        "Authorization": "Bearer " + os.environ["BEARER_TOKEN"],
        "Content-Type": "application/json",
        "X-Client-Note": "it's \"quoted\"",
    },
    data="{\n\t\"text\": \"say \\\"hi\\\" \\\\ to\\nall\\t🎉 \ufeff\\u0000 ${HOME} `x` $(id)\"\n}\n".encode("utf-8"),
)
print(response.status_code)
print(response.text)
