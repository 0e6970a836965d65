export interface Position {
  lat: number;
  lng: number;
}

/** Where this device is, from its location service; rejects with the reason in plain words. */
export function deviceLocation(timeoutMs = 10_000): Promise<Position> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) {
      reject(new Error('this device has no location service'));
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ lat: p.coords.latitude, lng: p.coords.longitude }),
      (error) => reject(new Error(error.message || 'location unavailable')),
      { enableHighAccuracy: true, timeout: timeoutMs, maximumAge: 60_000 },
    );
  });
}
