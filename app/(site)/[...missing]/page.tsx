import { notFound } from 'next/navigation'

/** Any path no other route claims gets the site's own 404 page (with its layout and language). */
export default function Missing() {
  notFound()
}
