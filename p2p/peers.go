package p2p

// PeerCount is the number of peers the host is connected to now.
func (h *Host) PeerCount() int { return len(h.h.Network().Peers()) }
