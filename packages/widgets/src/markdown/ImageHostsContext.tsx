import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { NO_IMAGE_HOSTS, parseImageHosts, type ImageHosts } from './image-hosts.js';

const ImageHostsContext = createContext<ImageHosts>(NO_IMAGE_HOSTS);

export interface ImageHostsProviderProps {
  /** Hosts comments may load images from: `"wca.example,cdn.example"` or a list. None by default. */
  hosts: string | readonly string[] | null | undefined;
  children?: ReactNode;
}

/** Sets which hosts the comments below may load images from (see `parseImageHosts`). */
export function ImageHostsProvider({ hosts, children }: ImageHostsProviderProps) {
  // A list literal is a new array on every render: compare what it holds.
  const key = typeof hosts === 'string' ? hosts : (hosts ?? []).join(',');
  const parsed = useMemo(() => parseImageHosts(key), [key]);
  return <ImageHostsContext.Provider value={parsed}>{children}</ImageHostsContext.Provider>;
}

export function useImageHosts(): ImageHosts {
  return useContext(ImageHostsContext);
}
