package sqlitestore

import (
	"context"
	"fmt"

	"github.com/ethereum/go-ethereum/common"

	"spoke/state"
)

var _ state.Scanner = (*Store)(nil)

// LatestAll implements state.Scanner: one pass over the channels' latest marks joined to their states.
func (s *Store) LatestAll(ctx context.Context) ([]state.Record, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT c.hub_addr, c.user_addr, c.latest, s.tx_count, s.encoded, s.locks, s.threads
		FROM channels c LEFT JOIN states s ON s.hub_addr = c.hub_addr AND s.user_addr = c.user_addr AND s.tx_count = c.latest
		ORDER BY c.hub_addr, c.user_addr`)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: latest of all channels: %w", err)
	}
	defer rows.Close()
	out := []state.Record{}
	for rows.Next() {
		var hub, user, latest, found, encoded, locks, threads []byte
		if err := rows.Scan(&hub, &user, &latest, &found, &encoded, &locks, &threads); err != nil {
			return nil, fmt.Errorf("sqlitestore: latest of all channels: %w", err)
		}
		h, u, err := channelAddrs(hub, user)
		if err != nil {
			return nil, err
		}
		if found == nil {
			return nil, fmt.Errorf("%w: channel %s/%s: latest mark %x has no state", ErrCorrupt, h, u, latest)
		}
		r, err := decodeRecord(h, u, latest, encoded, locks, threads)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlitestore: latest of all channels: %w", err)
	}
	return out, nil
}

// ProposalChannels implements state.Scanner.
func (s *Store) ProposalChannels(ctx context.Context) ([][2]common.Address, error) {
	rows, err := s.reader.QueryContext(ctx, `SELECT p.hub_addr, p.user_addr FROM proposals p
		LEFT JOIN channels c ON c.hub_addr = p.hub_addr AND c.user_addr = p.user_addr
		WHERE c.latest IS NULL OR p.tx_count > c.latest
		UNION SELECT hub_addr, user_addr FROM refused ORDER BY 1, 2`)
	if err != nil {
		return nil, fmt.Errorf("sqlitestore: channels with proposals: %w", err)
	}
	defer rows.Close()
	out := [][2]common.Address{}
	for rows.Next() {
		var hub, user []byte
		if err := rows.Scan(&hub, &user); err != nil {
			return nil, fmt.Errorf("sqlitestore: channels with proposals: %w", err)
		}
		h, u, err := channelAddrs(hub, user)
		if err != nil {
			return nil, err
		}
		out = append(out, [2]common.Address{h, u})
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("sqlitestore: channels with proposals: %w", err)
	}
	return out, nil
}

// channelAddrs checks and converts a row's hub and user columns.
func channelAddrs(hub, user []byte) (common.Address, common.Address, error) {
	if len(hub) != common.AddressLength || len(user) != common.AddressLength {
		return common.Address{}, common.Address{}, fmt.Errorf("%w: channel addresses of %d and %d bytes", ErrCorrupt, len(hub), len(user))
	}
	return common.Address(hub), common.Address(user), nil
}
