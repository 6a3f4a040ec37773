// A picture of a product that is not on sale (a draft, an unapproved shop's) is served only to its
// artisan, on the sign-in token an <img> cannot send: such a picture is fetched with the token and
// shown from memory. Pictures on sale load the same way; the browser still caches them.
import { getAuth } from '/js/api.js';

export function showOwnPicture(img, url) {
  if (!url) {
    img.src = '/img/no-photo.svg';
    return img;
  }
  const auth = getAuth();
  fetch(url, { headers: auth ? { Authorization: `Bearer ${auth.token}` } : {}, credentials: 'same-origin' })
    .then((response) => (response.ok ? response.blob() : Promise.reject(new Error(String(response.status)))))
    .then((blob) => {
      const objectUrl = URL.createObjectURL(blob);
      img.addEventListener('load', () => URL.revokeObjectURL(objectUrl), { once: true });
      img.src = objectUrl;
    })
    .catch(() => { img.src = '/img/no-photo.svg'; });
  return img;
}
