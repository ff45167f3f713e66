import { getAccessToken, refreshSession } from '../auth/session';

/** Downloads a file the API serves with the Bearer token (a plain link would not carry it). */
export async function downloadWithToken(path: string, fileName: string): Promise<void> {
  const get = () => fetch(path, { headers: getAccessToken() ? { authorization: `Bearer ${getAccessToken()}` } : {} });
  let response = await get();
  if (response.status === 401 && (await refreshSession())) response = await get();
  if (!response.ok) throw new Error(String(response.status));
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
